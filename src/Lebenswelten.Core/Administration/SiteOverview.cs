namespace Lebenswelten.Core.Administration;

public sealed record SiteOverview(string Slug, string Name, int Districts, int Organisations, int Members);
