using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>The layout's texts and the words every capability uses (field errors, weekdays, roles, target groups).</summary>
public sealed class SharedResource : ITextSet;
