using System.Text.RegularExpressions;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

/// <summary>How a guest turns a held slot into an appointment: the link or the code that only the mail carries.</summary>
public sealed partial class ContactVerificationTests
{
    [Theory, BothProviders]
    public async Task The_link_from_the_mail_verifies_and_only_then_the_practice_sees_the_booking_and_the_booked_mail_goes_out(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var held = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("link@example.org"))).Value!;
        Assert.Equal(kit.Clock.GetUtcNow().AddMinutes(30), held.Appointment.HoldExpiresAt);

        // What the form gave back does not verify: only what the mail to the address carries does.
        var withPersonalLink = await VerifyWithLinkAsync(kit, held.Appointment.Id, held.GuestToken);
        Assert.Equal("Appointment.NotFound", withPersonalLink.Problem?.Code);
        var verified = await kit.VerifyFromMailAsync(held.Appointment);
        var again = await kit.VerifyFromMailAsync(held.Appointment);

        Assert.True(verified.Succeeded, verified.Problem?.Code);
        Assert.True(again.Succeeded, again.Problem?.Code);
        var list = await kit.WithAsync(s =>
            s.GetRequiredService<PracticeDesk>().AppointmentsAsync(kit.PracticeA.Id, Tuesday, Tuesday, kit.PracticeAStaff, None));
        Assert.Equal(held.Appointment.Id, Assert.Single(list.Value!).Id);
        await using var db = kit.Database.CreateContext();
        var stored = await db.TelemedicineAppointments.SingleAsync(a => a.Id == held.Appointment.Id);
        Assert.Equal((null, kit.Clock.GetUtcNow()), (stored.HoldExpiresAt, stored.ContactVerifiedAt));
        var booked = await db.OutboxMessages.SingleAsync(m => m.To == "link@example.org" && m.Template == "appointment-booked");
        Assert.Contains(held.GuestToken!, booked.TextBody, StringComparison.Ordinal);
        kit.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await ReleaseAsync(kit));
    }

    [Theory, BothProviders]
    public async Task The_code_from_the_mail_verifies_on_the_appointment_page_with_five_tries_at_most(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var first = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("code@example.org"))).Value!;
        var second = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), Guest("guess@example.org"))).Value!;
        var code = await MailedCodeAsync(kit, "code@example.org");
        var wrong = code == "000000" ? "111111" : "000000";

        Assert.Equal(["WrongCode"], (await VerifyWithCodeAsync(kit, first, wrong)).Problem!.FieldErrors!["Code"]);
        Assert.Equal("Appointment.NotFound", (await VerifyWithCodeAsync(kit, first with { GuestToken = "geraten" }, code)).Problem?.Code);
        Assert.True((await VerifyWithCodeAsync(kit, first, $" {code} ")).Succeeded);

        var right = await MailedCodeAsync(kit, "guess@example.org");
        var guesses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            VerifyWithCodeAsync(kit, second, right == $"{i:D6}" ? "999999" : $"{i:D6}"))));
        Assert.Equal(5, guesses.Count(g => g.Problem?.FieldErrors?.ContainsKey("Code") == true));
        Assert.Equal(3, guesses.Count(g => g.Problem?.Code == "Appointment.TooManyCodes"));
        Assert.Equal("Appointment.TooManyCodes", (await VerifyWithCodeAsync(kit, second, right)).Problem?.Code);
        Assert.True((await kit.VerifyFromMailAsync(second.Appointment)).Succeeded, "the link still works");
    }

    [Theory, BothProviders]
    public async Task A_lapsed_hold_is_freed_by_the_job_once_on_any_number_of_nodes_and_can_no_longer_be_verified(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var held = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("late@example.org"))).Value!;
        var verified = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 11, 0), Guest("quick@example.org"))).Value!;
        Assert.True((await kit.VerifyFromMailAsync(verified.Appointment)).Succeeded);

        kit.Clock.Advance(TimeSpan.FromMinutes(31));
        var released = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReleaseAsync(kit))));
        var late = await kit.VerifyFromMailAsync(held.Appointment);

        Assert.Equal(1, released.Sum());
        Assert.Equal((ProblemKind.Conflict, "Appointment.HoldExpired"), (late.Problem?.Kind, late.Problem?.Code));
        await using var db = kit.Database.CreateContext();
        var statuses = await db.TelemedicineAppointments.OrderBy(a => a.StartsAt).Select(a => a.Status).ToListAsync();
        Assert.Equal([AppointmentStatus.HoldExpired, AppointmentStatus.Booked], statuses);
        var seen = await kit.WithAsync(s =>
            s.GetRequiredService<PatientAppointments>().FindAsync(held.Appointment.Id, new AppointmentActor(null, held.GuestToken), None));
        Assert.Equal(AppointmentStatus.HoldExpired, seen!.Status);
    }

    [Theory, BothProviders]
    public async Task A_hold_cannot_be_moved_to_another_slot_before_it_is_verified(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var held = (await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), Guest("move@example.org"))).Value!;

        var moved = await kit.WithAsync(s => s.GetRequiredService<BookingService>().RebookAsync(held.Appointment.Id,
            new AppointmentActor(null, held.GuestToken), Slot(kit.ScheduleA, Tuesday, 11, 0), null, AuditActor.System, None));

        Assert.Equal("Appointment.NotVerified", moved.Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_guest_booking_for_themselves_needs_an_address_to_verify_but_the_practice_may_book_by_phone(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        var patient = new Patient(null, "Otto Ohnemail", null, "03641 123456");

        var alone = await kit.BookAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), patient);
        var byPractice = await kit.WithAsync(s => s.GetRequiredService<BookingService>().BookAsync(
            new BookingRequest(Slot(kit.ScheduleA, Tuesday, 10, 0), null, ConsultationKind.FollowUp, patient), kit.PracticeAStaff, None));

        Assert.Equal(["RequiredForVerification"], alone.Problem!.FieldErrors!["Email"]);
        Assert.True(byPractice.Succeeded, byPractice.Problem?.Code);
        Assert.False(byPractice.Value!.Appointment.AwaitsVerification);
    }

    private static Task<Outcome<TelemedicineAppointment>> VerifyWithLinkAsync(TelemedicineTestKit kit, Guid id, string? token) =>
        kit.WithAsync(s => s.GetRequiredService<ContactVerification>().VerifyWithLinkAsync(id, token, AuditActor.System, None));

    private static Task<Outcome<TelemedicineAppointment>> VerifyWithCodeAsync(TelemedicineTestKit kit, BookingReceipt receipt,
        string code) =>
        kit.WithAsync(s => s.GetRequiredService<ContactVerification>().VerifyWithCodeAsync(receipt.Appointment.Id,
            new AppointmentActor(null, receipt.GuestToken), code, AuditActor.System, None));

    private static Task<int> ReleaseAsync(TelemedicineTestKit kit) =>
        kit.WithAsync(s => new GuestHoldExpiryJob(s.GetRequiredService<LebensweltenDbContext>(), kit.Clock).ReleaseAsync(None));

    private static async Task<string> MailedCodeAsync(TelemedicineTestKit kit, string to)
    {
        await using var db = kit.Database.CreateContext();
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == to && m.Template == "appointment-verify");
        return Code().Match(mail.TextBody).Groups[1].Value;
    }

    [GeneratedRegex(@"Code ein: (\d{6})")]
    private static partial Regex Code();
}
