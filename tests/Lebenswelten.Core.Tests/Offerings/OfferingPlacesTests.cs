using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>The offering keeps its own counts of places and people waiting; nobody else changes them.</summary>
public sealed class OfferingPlacesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Newcomers_take_the_free_places_in_order_of_arrival_and_then_wait()
    {
        var offering = NewOffering(capacity: 2);
        var people = Enumerable.Range(0, 4).Select(_ => NewRegistration()).ToList();

        var positions = people.Select(r => offering.Admit(r, Now)).ToList();

        Assert.Equal([null, null, 1, 2], positions);
        Assert.Equal([1L, 2L, 3L, 4L], people.Select(r => r.Sequence));
        Assert.Equal((2, 2, 0), (offering.TakenPlaces, offering.WaitingCount, offering.PlacesLeft));
        Assert.Equal(Now, people[0].ConfirmedAt);
        Assert.Null(people[2].ConfirmedAt);
    }

    [Fact]
    public void Nobody_jumps_the_queue_when_a_place_frees_up_while_others_wait()
    {
        var offering = NewOffering(capacity: 1);
        offering.Admit(NewRegistration(), Now);
        offering.Admit(NewRegistration(), Now);
        offering.Capacity = 2;

        var late = NewRegistration();
        Assert.Equal(2, offering.Admit(late, Now));
        Assert.Equal(RegistrationStatus.Waitlisted, late.Status);
    }

    [Fact]
    public void A_cancellation_gives_back_the_place_or_the_waiting_list_entry()
    {
        var offering = NewOffering(capacity: 1);
        var holder = NewRegistration();
        var waiting = NewRegistration();
        offering.Admit(holder, Now);
        offering.Admit(waiting, Now);

        offering.Release(waiting, RegistrationStatus.Cancelled, Now);
        Assert.Equal((1, 0), (offering.TakenPlaces, offering.WaitingCount));
        offering.Release(holder, RegistrationStatus.Cancelled, Now);
        Assert.Equal((0, 0), (offering.TakenPlaces, offering.WaitingCount));
        Assert.Equal((RegistrationStatus.Cancelled, Now), (holder.Status, holder.CancelledAt));
    }

    [Fact]
    public void Moving_up_holds_the_place_for_a_while_when_the_offering_offers_freed_places()
    {
        var offering = NewOffering(capacity: 1);
        offering.WaitingListMode = WaitingListMode.OfferWithDeadline;
        offering.OfferHoldHours = 48;
        var holder = NewRegistration();
        var waiting = NewRegistration();
        offering.Admit(holder, Now);
        offering.Admit(waiting, Now);
        offering.Release(holder, RegistrationStatus.Cancelled, Now);

        offering.MoveUp(waiting, Now);

        Assert.Equal((RegistrationStatus.Offered, Now.AddHours(48)), (waiting.Status, waiting.OfferExpiresAt));
        Assert.Equal((1, 0), (offering.TakenPlaces, offering.WaitingCount));
    }

    [Fact]
    public void Someone_registered_by_phone_without_an_address_gets_a_freed_place_at_once_as_they_cannot_accept_an_offer_online()
    {
        var offering = NewOffering(capacity: 1);
        offering.WaitingListMode = WaitingListMode.OfferWithDeadline;
        var holder = NewRegistration();
        var caller = NewRegistration(email: null);
        offering.Admit(holder, Now);
        offering.Admit(caller, Now);
        offering.Release(holder, RegistrationStatus.Cancelled, Now);

        offering.MoveUp(caller, Now);

        Assert.Equal((RegistrationStatus.Confirmed, Now, (DateTimeOffset?)null), (caller.Status, caller.ConfirmedAt, caller.OfferExpiresAt));
    }

    [Fact]
    public void No_place_is_taken_beyond_the_capacity_and_none_given_back_that_was_not_taken()
    {
        var offering = NewOffering(capacity: 1);
        offering.TakePlace();

        Assert.Throws<InvalidOperationException>(offering.TakePlace);
        offering.ReleasePlace();
        Assert.Throws<InvalidOperationException>(offering.ReleasePlace);
        Assert.Throws<InvalidOperationException>(offering.LeaveWaitingList);
        Assert.Equal((0, 0), (offering.TakenPlaces, offering.WaitingCount));
    }

    [Theory]
    [InlineData(-2, false)]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(11, false)]
    public void Registration_is_open_between_its_window_and_the_end_of_the_last_session(int days, bool open)
    {
        var offering = NewOffering(capacity: 5);
        offering.RegistrationOpensAt = Now.AddDays(-1);
        offering.RegistrationClosesAt = Now.AddDays(10);
        offering.LastSessionEnd = Now.AddDays(30);

        Assert.Equal(open, offering.IsOpenForRegistrationAt(Now.AddDays(days)));
        offering.Status = OfferingStatus.Draft;
        Assert.False(offering.IsOpenForRegistrationAt(Now.AddDays(days)));
    }

    private static Offering NewOffering(int capacity) =>
        new() { Title = "Rückenfit", Capacity = capacity, Status = OfferingStatus.Published };

    // With an address: someone registered by phone without one gets a freed place at once (next test).
    private static Registration NewRegistration(string? email = "teilnehmerin@example.org") =>
        new() { Name = "Teilnehmerin", Email = email, CreatedAt = Now };
}
