namespace Lebenswelten.Web.Features.Shared;

/// <summary>Lists of labels from the texts: a flag set's members, language names.</summary>
public static class LabelLists
{
    public static string Labels<TFlags>(this IStringLocalizer text, TFlags flags, string prefix) where TFlags : struct, Enum =>
        string.Join(", ", flags.Members().Select(member => text[$"{prefix}.{member}"].Value));

    public static string LanguageNames(this IStringLocalizer text, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(code => text[$"LanguageName.{code}"].Value));
}
