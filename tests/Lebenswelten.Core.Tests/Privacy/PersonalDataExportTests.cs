using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Privacy.PrivacyKit;

namespace Lebenswelten.Core.Tests.Privacy;

public sealed class PersonalDataExportTests
{
    [Theory, BothProviders]
    public async Task The_export_holds_account_registrations_attendance_consents_and_who_read_them_and_is_audited(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync(kit.NewDraft(sessions: 2, title: "Yoga am Markt"));
        var resident = await kit.ResidentAsync("rosa@example.org");
        var registration = (await kit.RegisterAsync(offering.Id, Account(resident, postcode: "07743"))).Registration;
        await kit.RegisterAsync(offering.Id, Guest("fremd@example.org"));
        await kit.MarkPresentAsync(offering, registration.Id);
        await kit.WithAsync(s => s.GetRequiredService<AttendanceBook>().ParticipantsAsync(offering.Id, kit.ProviderActor, None));

        var outcome = await kit.WithAsync(s => s.GetRequiredService<PersonalDataExport>()
            .ForAccountAsync(resident.Id, Self(resident), None));

        var data = outcome.Value!;
        Assert.Equal(("rosa@example.org", "Rosa Resident"), (data.Account!.Email, data.Account.DisplayName));
        var mine = Assert.Single(Assert.Single(data.Sections.OfType<RegistrationsSection>()).Registrations);
        Assert.Equal(("Yoga am Markt", "Sportverein Test", RegistrationStatus.Confirmed, "07743"),
            (mine.OfferingTitle, mine.Provider, mine.Status, mine.PostalCode));
        Assert.Equal([true, null], mine.Sessions.Select(s => s.Present));
        Assert.Equal(ConsentPurposes.RegistrationStatistics, Assert.Single(data.Consents).Purpose);
        Assert.Contains(data.AuditEntries, e => e.DataKind == "Offering.Participants" && e.ActorUserId == kit.ProviderUserId && !e.ByMe);
        Assert.DoesNotContain(data.Sections.OfType<RegistrationsSection>().Single().Registrations, r => r.Email == "fremd@example.org");
        await using var db = kit.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.SubjectUserId == resident.Id
            && e.ActorUserId == resident.Id));
    }

    /// <summary>A new capability takes part by registering its participant: its section is in the export, with its own fields.</summary>
    [Theory, BothProviders]
    public async Task A_capability_that_registers_a_participant_has_its_own_section_in_the_export_file(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider, configure: s => s.AddScoped<IPersonalDataParticipant,
            TestParticipant>());
        var resident = await kit.ResidentAsync("rosa@example.org");

        var data = (await kit.WithAsync(s => s.GetRequiredService<PersonalDataExport>()
            .ForAccountAsync(resident.Id, Self(resident), None))).Value!;

        Assert.Equal([RegistrationPersonalData.CapabilityName, "Telemedicine", TestParticipant.Name],
            data.Sections.Select(s => s.Capability));
        using var file = JsonDocument.Parse(JsonSerializer.Serialize(data, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var future = file.RootElement.GetProperty("sections")[2];
        Assert.Equal((TestParticipant.Name, $"note about {resident.Id}"),
            (future.GetProperty("capability").GetString(), future.GetProperty("notes")[0].GetString()));
        Assert.Equal(0, file.RootElement.GetProperty("sections")[0].GetProperty("registrations").GetArrayLength());
    }

    [Theory, BothProviders]
    public async Task A_guest_exports_only_with_the_personal_link(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var offering = await kit.CreateOfferingAsync();
        var receipt = await kit.RegisterAsync(offering.Id, Guest("gast@example.org", phone: "0176 123"));

        var stranger = await kit.WithAsync(s => s.GetRequiredService<GuestRegistrationData>()
            .ExportAsync(receipt.Registration.Id, "wrong", AuditActor.System, None));
        var guest = await kit.WithAsync(s => s.GetRequiredService<GuestRegistrationData>()
            .ExportAsync(receipt.Registration.Id, receipt.GuestToken, AuditActor.System, None));

        Assert.Equal("Registration.NotFound", stranger.Problem?.Code);
        Assert.Null(guest.Value!.Account);
        var registration = Assert.Single(Assert.IsType<RegistrationsSection>(Assert.Single(guest.Value.Sections)).Registrations);
        Assert.Equal(("gast@example.org", "0176 123"), (registration.Email, registration.Phone));
        Assert.Equal(ConsentPurposes.GuestContact, guest.Value.Consents.Single().Purpose);
    }
}
