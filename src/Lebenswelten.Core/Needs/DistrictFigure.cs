using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>One district on the map: the shown figure (null when missing or held back), its class and need rank.</summary>
public sealed record DistrictFigure(District District, double? Value, bool HeldBack, int? Class, NeedScore? Need);
