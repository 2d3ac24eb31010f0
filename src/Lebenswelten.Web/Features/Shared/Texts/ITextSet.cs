namespace Lebenswelten.Web.Features.Shared.Texts;

/// <summary>
/// Marks the texts of one capability: a class <c>{Capability}Resource</c> in the capability's folder, beside its
/// <c>{Capability}Resource.resx</c> (German) and <c>.en.resx</c> (English). Each capability owns its file, so parallel
/// work on two capabilities never touches the same resource file.
/// </summary>
public interface ITextSet;
