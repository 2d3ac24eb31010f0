using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>The texts of projects and funding: ProjectsResource.resx (German) and ProjectsResource.en.resx (English).</summary>
public sealed class ProjectsResource : ITextSet;
