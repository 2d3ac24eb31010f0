namespace Lebenswelten.Core.Common;

/// <summary>Weekdays (Europe/Berlin) as flags: an offering's session days, a room's or a practice's opening days.</summary>
[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}
