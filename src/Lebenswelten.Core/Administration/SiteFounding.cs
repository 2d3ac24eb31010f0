using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Administration;

/// <summary>What a new site would be, read from its official key: the name and state, and the RKI's GISD for its Kreis.</summary>
/// <param name="NameFromKreis">
/// True where the key names a municipality inside a Kreis: the app ships the Kreis table only, so the name is the
/// Kreis's, to be checked.
/// </param>
public sealed record SiteProposal(string Ags, string Name, string State, string Slug, GisdScore? Gisd, bool NameFromKreis);

public sealed record SiteFoundingRequest(string? Ags, string? Name = null, string? Slug = null);

/// <summary>
/// A new municipality joins (seed 001: "more cities will follow"; seed 004: about 60 jobcenter sites): the administrator
/// creates its site from the official municipality key (AGS, 8 digits, or the 5-digit Kreis key). Name and state are
/// filled in, the GISD score and quintile come from the RKI table the app ships (data/gisd). Districts and the first
/// coordinator come next (the districts import, an invitation).
/// </summary>
public sealed class SiteFounding(LebensweltenDbContext db, GisdTable gisd, AuditLog audit)
{
    /// <summary>Slugs that the administration's own addresses use (/admin/standorte/neu).</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "neu", "new" };

    public Outcome<SiteProposal> Propose(string? ags)
    {
        var key = TypedText.TrimmedOrNull(ags)?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (key.Length == 0)
        {
            return DomainProblem.Field("Ags", "Required");
        }
        if (key.Length is not (5 or 8) || !key.All(char.IsAsciiDigit))
        {
            return DomainProblem.Field("Ags", "InvalidAgs");
        }
        if (GermanStates.Of(key) is not { } state || gisd.KreisName(key) is not { } kreis)
        {
            return DomainProblem.Field("Ags", "UnknownAgs");
        }
        // "Jena, Stadt" → "Jena"; a Landkreis keeps its name. A municipality inside a Landkreis (8 digits, not ending in
        // 000) gets the Kreis's name as a suggestion: the app ships no municipality list.
        var cityOfItsOwn = kreis.Contains(", ", StringComparison.Ordinal);
        var name = cityOfItsOwn ? kreis[..kreis.IndexOf(", ", StringComparison.Ordinal)] : kreis;
        var fromKreis = key.Length == 8 && !key.EndsWith("000", StringComparison.Ordinal);
        return new SiteProposal(key, name, state, ReadableKeys.Of(name), gisd.Latest(key), fromKreis);
    }

    public async Task<Outcome<Site>> CreateAsync(SiteFoundingRequest request, AuditActor actor, CancellationToken ct)
    {
        if (!await db.SiteRoleAssignments.AnyAsync(a => a.UserId == actor.UserId && a.Role == SiteRole.Administrator, ct))
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        var proposed = Propose(request.Ags);
        if (proposed.Problem is { } problem)
        {
            return problem;
        }
        var proposal = proposed.Value!;
        var name = TypedText.TrimmedOrNull(request.Name) ?? proposal.Name;
        var slug = TypedText.TrimmedOrNull(request.Slug) ?? ReadableKeys.Of(name);
        var errors = new FieldErrors();
        errors.AddIf(name.Length > 200, "Name", "TooLong");
        errors.AddIf(slug.Length is 0 or > 60 || slug != ReadableKeys.Of(slug) || Reserved.Contains(slug), "Slug", "InvalidKey");
        if (!errors.Any)
        {
            errors.AddIf(await db.Sites.AnyAsync(s => s.Slug == slug, ct), "Slug", "Taken");
            errors.AddIf(await db.Sites.AnyAsync(s => s.Ags == proposal.Ags, ct), "Ags", "Taken");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var site = new Site { Slug = slug, Name = name, State = proposal.State, Ags = proposal.Ags };
        site.SetGisd(proposal.Gisd);
        db.Sites.Add(site);
        audit.Record(actor, AuditAction.Create, "Site", site.Slug, site.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators founding the same site at once: the unique slug lets one through.
            db.ChangeTracker.Clear();
            if (await db.Sites.AnyAsync(s => s.Slug == slug, ct))
            {
                return DomainProblem.Field("Slug", "Taken");
            }
            throw;
        }
        return site;
    }
}
