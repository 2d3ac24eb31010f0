namespace Lebenswelten.Web.Features.Shared;

/// <summary>What <c>_GuestDataActions</c> shows: the personal link's token and what erasing this record means.</summary>
public sealed record GuestDataActions(string? Token, string EraseText, string ConfirmText);
