using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Administration;

public sealed record SiteEdit(string? Name, string? State, string? Description, string? ContactName, string? ContactEmail,
    string? ContactPhone);

public sealed record OrganisationEdit(string? Name, OrganisationKind Kind, string? Street, string? PostalCode, string? City,
    string? Email, string? Phone, string? Website);

/// <summary>Administrators edit a site's public description and its organisations.</summary>
public sealed class SiteAdministration(LebensweltenDbContext db, AuditLog audit)
{
    public async Task<Outcome<Site>> UpdateSiteAsync(AdminScope scope, string slug, SiteEdit edit, AuditActor actor, CancellationToken ct)
    {
        if (!scope.IsAdministrator)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (await db.Sites.FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } site)
        {
            return DomainProblem.NotFound("Site.NotFound");
        }
        var errors = new FieldErrors();
        Text(errors, nameof(edit.Name), edit.Name, 200, required: true);
        Text(errors, nameof(edit.State), edit.State, 100, required: true);
        Text(errors, nameof(edit.Description), edit.Description, 4000);
        Text(errors, nameof(edit.ContactName), edit.ContactName, 200);
        Text(errors, nameof(edit.ContactPhone), edit.ContactPhone, 60);
        Email(errors, nameof(edit.ContactEmail), edit.ContactEmail);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        site.Name = edit.Name!.Trim();
        site.State = edit.State!.Trim();
        site.Description = TypedText.TrimmedOrNull(edit.Description);
        site.Contact = new SiteContact
        {
            Name = TypedText.TrimmedOrNull(edit.ContactName), Email = TypedText.TrimmedOrNull(edit.ContactEmail),
            Phone = TypedText.TrimmedOrNull(edit.ContactPhone),
        };
        audit.Record(actor, AuditAction.Change, "Site", site.Slug, site.Id);
        await db.SaveChangesAsync(ct);
        return site;
    }

    /// <summary>Creates (<paramref name="organisationId"/> null) or changes an organisation of the site.</summary>
    public async Task<Outcome<Organisation>> SaveOrganisationAsync(AdminScope scope, Guid siteId, Guid? organisationId,
        OrganisationEdit edit, AuditActor actor, CancellationToken ct)
    {
        if (!scope.IsAdministrator)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        var organisation = organisationId is { } id
            ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.SiteId == siteId, ct)
            : new Organisation { Name = "", SiteId = siteId };
        if (organisation is null)
        {
            return DomainProblem.NotFound("Admin.OrganisationNotFound");
        }
        var errors = new FieldErrors();
        Text(errors, nameof(edit.Name), edit.Name, 300, required: true);
        errors.AddIf(!Enum.IsDefined(edit.Kind), nameof(edit.Kind), "Unknown");
        Text(errors, nameof(edit.Street), edit.Street, 200);
        Text(errors, nameof(edit.City), edit.City, 100);
        Text(errors, nameof(edit.Phone), edit.Phone, 60);
        Text(errors, nameof(edit.Website), edit.Website, 500);
        errors.AddIf(TypedText.TrimmedOrNull(edit.PostalCode) is { } code && (code.Length != 5 || !code.All(char.IsAsciiDigit)),
            nameof(edit.PostalCode), "InvalidPostalCode");
        Email(errors, nameof(edit.Email), edit.Email);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        organisation.Name = edit.Name!.Trim();
        organisation.Kind = edit.Kind;
        organisation.Address = new PostalAddress
        {
            Street = TypedText.TrimmedOrNull(edit.Street), PostalCode = TypedText.TrimmedOrNull(edit.PostalCode),
            City = TypedText.TrimmedOrNull(edit.City),
        };
        organisation.Email = TypedText.TrimmedOrNull(edit.Email);
        organisation.Phone = TypedText.TrimmedOrNull(edit.Phone);
        organisation.Website = TypedText.TrimmedOrNull(edit.Website);
        if (organisationId is null)
        {
            db.Organisations.Add(organisation);
        }
        audit.Record(actor, organisationId is null ? AuditAction.Create : AuditAction.Change, "Organisation",
            organisation.Id.ToString(), siteId);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    private static void Text(FieldErrors errors, string field, string? value, int max, bool required = false)
    {
        errors.AddIf(required && string.IsNullOrWhiteSpace(value), field, "Required");
        errors.AddIf(value?.Trim().Length > max, field, "TooLong");
    }

    private static void Email(FieldErrors errors, string field, string? value)
    {
        if (TypedText.TrimmedOrNull(value) is { } email && AccountFields.EmailProblem(email) is { } problem)
        {
            errors.Add(field, problem == "InvalidEmail" ? "InvalidEmail" : problem);
        }
    }

}
