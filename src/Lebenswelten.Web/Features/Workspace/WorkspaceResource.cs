using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Workspace;

/// <summary>The texts of the staff start page: WorkspaceResource.resx (German) and WorkspaceResource.en.resx (English).</summary>
public sealed class WorkspaceResource : ITextSet;
