using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>Retention of video consultation metadata, and the resident's export and erasure.</summary>
public sealed class TelemedicinePrivacyRightsTests
{
    [Theory, BothProviders]
    public async Task Appointments_are_deleted_90_days_after_their_end_and_younger_ones_stay(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var old = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 9, 0));
        var young = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday.AddDays(2), 9, 0));
        var run = () => kit.WithAsync(s => s.GetRequiredService<Retention>().RunAsync(None));

        kit.Clock.Advance(old.Appointment.EndsAt.AddDays(90) - kit.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await run()).Of(AppointmentPersonalData.CapabilityName));
        kit.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await run()).Of(AppointmentPersonalData.CapabilityName));

        await using var db = kit.Database.CreateContext();
        Assert.Equal([young.Appointment.Id], await db.TelemedicineAppointments.Select(a => a.Id).ToListAsync());
    }

    [Theory]
    [InlineData("92", true)]
    [InlineData("93", false)]
    [InlineData("0", false)]
    public void The_telemedicine_period_can_never_be_set_longer_than_three_months(string days, bool accepted)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:TelemedicineDays"] = days }).Build();
        using var services = new ServiceCollection().AddPrivacy(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<RetentionOptions>>();

        if (accepted)
        {
            Assert.Equal(92, options.Value.TelemedicineDays);
        }
        else
        {
            Assert.Throws<OptionsValidationException>(() => options.Value);
        }
    }

    [Theory, BothProviders]
    public async Task The_export_holds_the_residents_appointments_with_everything_the_practice_sees(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), kit.AccountHolder());
        var guest = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), Guest("gast@example.org"));

        var mine = await kit.WithAsync(s =>
            s.GetRequiredService<PersonalDataExport>().ForAccountAsync(kit.Resident.Id, new AuditActor(kit.Resident.Id, null), None));
        var theirs = await kit.WithAsync(s => s.GetRequiredService<GuestAppointmentData>()
            .ExportAsync(guest.Appointment.Id, guest.GuestToken, AuditActor.System, None));

        var appointment = Assert.Single(mine.Value!.Sections.OfType<AppointmentsSection>().Single().Appointments);
        Assert.Equal((booked.Appointment.Id, "Hausarztpraxis A", "Blutdruck besprechen", booked.Appointment.CheckInCode),
            (appointment.Id, appointment.Practice, appointment.Reason, appointment.CheckInCode));
        Assert.Equal("gast@example.org", Assert.Single(Assert.IsType<AppointmentsSection>(Assert.Single(theirs.Value!.Sections)).Appointments).Email);
    }

    [Theory, BothProviders]
    public async Task Erasure_deletes_the_residents_appointments_and_frees_the_future_slot_and_room(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var slot = Slot(kit.ScheduleA, Tuesday, 10, 0);
        await kit.BookedAsync(slot, kit.AccountHolder());
        var guest = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), Guest("gast@example.org"));

        var erased = await kit.WithAsync(s =>
            s.GetRequiredService<Erasure>().EraseAccountAsync(kit.Resident.Id, new AuditActor(kit.Resident.Id, null), None));
        var guestErased = await kit.WithAsync(s => s.GetRequiredService<GuestAppointmentData>()
            .EraseAsync(guest.Appointment.Id, guest.GuestToken, AuditActor.System, None));

        Assert.True(erased.Succeeded && guestErased.Succeeded);
        await using var db = kit.Database.CreateContext();
        Assert.False(await db.TelemedicineAppointments.AnyAsync());
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "gast@example.org" || m.To == "rosa@example.org"));
        Assert.True((await kit.BookAsync(slot)).Succeeded);
    }
}
