using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Demo;

/// <summary>Seeds the five demo sites, their districts, organisations and offerings, and one account per role per site.</summary>
public sealed class DemoSeeder(LebensweltenDbContext db, UserManager<AppUser> users, TimeProvider? clock = null)
{
    private string? demoPasswordHash;

    /// <returns>False when the database already holds sites (the seed never touches real data).</returns>
    /// <param name="totpSecret">Authenticator secret (base32) of every staff account; residents have no second factor.</param>
    public async Task<bool> SeedAsync(string password, CancellationToken cancellationToken = default,
        string totpSecret = DemoOptions.DefaultTotpSecret)
    {
        if (await db.Sites.AnyAsync(cancellationToken))
        {
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var gisd = GisdTable.LoadEmbedded();
            foreach (var demo in DemoSites.All)
            {
                var site = AddSite(demo, gisd);
                var organisations = AddOrganisations(demo, site.Id);
                var districts = DemoDistricts.For(demo.Slug, site.Id);
                db.Districts.AddRange(districts);
                DemoOfferingSeeder.Add(db, demo.Slug, site.Id, [.. db.Organisations.Local.Where(o => o.SiteId == site.Id)],
                    districts, (clock ?? TimeProvider.System).GetUtcNow());
                DemoNeeds.Add(db, demo.Slug, site.Id, districts, (clock ?? TimeProvider.System).GetUtcNow());
                DemoProjects.Add(db, demo.Slug, site.Id, (clock ?? TimeProvider.System).GetUtcNow());
                var telemedicine = DemoTelemedicine.Add(db, demo.Slug, site.Id, [.. db.Organisations.Local.Where(o => o.SiteId == site.Id)],
                    districts, (clock ?? TimeProvider.System).GetUtcNow());
                DemoNetwork.Add(db, demo.Slug, site.Id, [.. db.Organisations.Local.Where(o => o.SiteId == site.Id)],
                    (clock ?? TimeProvider.System).GetUtcNow());
                DemoEvaluation.Add(db, site.Id, districts, telemedicine?.Room, (clock ?? TimeProvider.System).GetUtcNow());
                DemoSurveys.Add(db, demo.Slug, site.Id, districts, (clock ?? TimeProvider.System).GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                foreach (var role in DemoAccounts.SiteRolesWithAccounts)
                {
                    var actsFor = organisations.GetValueOrDefault(role);
                    var user = await CreateUserAsync($"{role.ShortName()}@{demo.Slug}.demo", password, totpSecret,
                        $"Demo {role.ShortName()} {demo.Name}", new SiteRoleAssignment
                        {
                            UserId = "", SiteId = site.Id, Role = role, OrganisationId = actsFor?.Id,
                        });
                    if (role == SiteRole.Resident && telemedicine is { } held)
                    {
                        DemoTelemedicine.AddAppointments(db, held.Room, held.Schedule, user.Id, user.DisplayName!,
                            (clock ?? TimeProvider.System).GetUtcNow());
                        await db.SaveChangesAsync(cancellationToken);
                    }
                }
                await DemoIdeas.AddAsync(db, demo.Slug, site.Id, (clock ?? TimeProvider.System).GetUtcNow(), cancellationToken);
                if (demo.Slug == "leipzig")
                {
                    await DemoReferrals.AddAsync(db, site.Id, (clock ?? TimeProvider.System).GetUtcNow(), cancellationToken);
                }
            }
            await CreateUserAsync(DemoAccounts.AdminEmail, password, totpSecret, "Demo Administration",
                new SiteRoleAssignment { UserId = "", Role = SiteRole.Administrator });
            await transaction.CommitAsync(cancellationToken);
        });
        return true;
    }

    private Site AddSite(DemoSite demo, GisdTable gisd)
    {
        var site = new Site
        {
            Slug = demo.Slug,
            Name = demo.Name,
            State = demo.State,
            Ags = demo.Ags,
            Description = demo.Description,
            Contact = new SiteContact { Name = demo.ContactName, Email = demo.ContactEmail },
        };
        site.SetGisd(gisd.Latest(demo.Ags));
        db.Sites.Add(site);
        return site;
    }

    private Dictionary<SiteRole, Organisation> AddOrganisations(DemoSite demo, Guid siteId)
    {
        var actsFor = new Dictionary<SiteRole, Organisation>();
        foreach (var definition in demo.Organisations)
        {
            var organisation = new Organisation
            {
                SiteId = siteId,
                Name = definition.Name,
                Kind = definition.Kind,
                Address = new PostalAddress
                {
                    Street = definition.Street, PostalCode = definition.PostalCode, City = definition.City,
                },
                Website = definition.Website,
                IsSampleData = definition.IsSample,
            };
            db.Organisations.Add(organisation);
            if (definition.ActsFor is { } role)
            {
                actsFor[role] = organisation;
            }
        }
        return actsFor;
    }

    private async Task<AppUser> CreateUserAsync(string email, string password, string totpSecret, string displayName,
        SiteRoleAssignment role)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        role.UserId = user.Id;
        user.SiteRoles.Add(role);
        await EnsureValidAsync(user, password);
        // Every demo account has the same password: hash it once (PBKDF2 with 210,000 rounds costs ~0.2 s a time)
        // instead of 36 times, so a first start and every test host stay quick. Real accounts get their own salt.
        demoPasswordHash ??= users.PasswordHasher.HashPassword(user, password);
        user.PasswordHash = demoPasswordHash;
        user.TwoFactorEnabled = role.Role != SiteRole.Resident;
        var result = await users.CreateAsync(user);
        if (result.Succeeded && user.TwoFactorEnabled)
        {
            // Identity's own place for the authenticator key, as if set up on the 2FA page.
            result = await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", totpSecret);
        }
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return user;
    }

    private async Task EnsureValidAsync(AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The demo password is not allowed for {user.Email}: {string.Join("; ", check.Errors.Select(e => e.Description))}");
            }
        }
    }
}
