namespace Lebenswelten.Core.Offerings;

/// <summary>What happens when a place frees up (pretix calls the second one "waiting list vouchers").</summary>
public enum WaitingListMode
{
    ConfirmNext,
    OfferWithDeadline,
}
