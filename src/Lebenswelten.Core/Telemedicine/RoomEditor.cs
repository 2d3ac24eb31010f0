using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The coordinator's and the housing company's use cases for rooms: list, create, edit. Closing days:
/// <see cref="DayClosures"/>.
/// </summary>
public sealed class RoomEditor(LebensweltenDbContext db, TelemedicineAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The site's rooms with their hours, by name; public (a room holds no personal data).</summary>
    /// <summary>Whether the site has a room in use (only then do its pages point to the telemedicine room).</summary>
    public Task<bool> HasActiveRoomAsync(Guid siteId, CancellationToken ct) =>
        db.TelemedicineRooms.AnyAsync(r => r.SiteId == siteId && r.IsActive, ct);

    public Task<List<TelemedicineRoom>> ListAsync(Guid siteId, CancellationToken ct) =>
        db.TelemedicineRooms.AsNoTracking().Include(r => r.OpeningHours).Include(r => r.Operator).Include(r => r.District)
            .Where(r => r.SiteId == siteId).OrderBy(r => r.Name).ToListAsync(ct);

    public Task<TelemedicineRoom?> FindAsync(Guid roomId, CancellationToken ct) =>
        db.TelemedicineRooms.AsNoTracking().Include(r => r.OpeningHours).Include(r => r.Operator).Include(r => r.District)
            .SingleOrDefaultAsync(r => r.Id == roomId, ct);

    public async Task<Outcome<TelemedicineRoom>> CreateAsync(Guid siteId, RoomDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (RoomRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        if (!await access.CanManageRoomAsync(actor.UserId, siteId, draft.OperatorOrganisationId, ct))
        {
            return DomainProblem.Forbidden("Room.NotYours");
        }
        var now = clock.GetUtcNow();
        var room = new TelemedicineRoom { SiteId = siteId, Name = draft.Name, CreatedAt = now };
        if (await ApplyAsync(room, draft, now, ct) is { } problem)
        {
            return problem;
        }
        db.TelemedicineRooms.Add(room);
        audit.Record(actor, AuditAction.Create, "TelemedicineRoom", room.Id.ToString(), siteId);
        await db.SaveChangesAsync(ct);
        return room;
    }

    public async Task<Outcome<TelemedicineRoom>> UpdateAsync(Guid roomId, RoomDraft draft, AuditActor actor, CancellationToken ct)
    {
        if (RoomRules.Validate(draft) is { } invalid)
        {
            return invalid;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TelemedicineLock.HoldAsync(db, [], [roomId], ct);
        var room = await db.TelemedicineRooms.Include(r => r.OpeningHours).SingleOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !await access.CanManageRoomAsync(actor.UserId, room.SiteId, room.OperatorOrganisationId, ct))
        {
            return DomainProblem.NotFound("Room.NotFound");
        }
        if (draft.OperatorOrganisationId != room.OperatorOrganisationId
            && !await access.CanManageRoomAsync(actor.UserId, room.SiteId, draft.OperatorOrganisationId, ct))
        {
            return DomainProblem.Field(nameof(draft.OperatorOrganisationId), "NotYours");
        }
        var now = clock.GetUtcNow();
        if (await ApplyAsync(room, draft, now, ct) is { } problem)
        {
            return problem;
        }
        audit.Record(actor, AuditAction.Change, "TelemedicineRoom", room.Id.ToString(), room.SiteId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return room;
    }

    /// <summary>Bookings already made keep their time when the hours change: the room's staff decide about them.</summary>
    private async Task<DomainProblem?> ApplyAsync(TelemedicineRoom room, RoomDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        var operatorSite = await db.Organisations.Where(o => o.Id == draft.OperatorOrganisationId).Select(o => (Guid?)o.SiteId)
            .SingleOrDefaultAsync(ct);
        if (operatorSite != room.SiteId)
        {
            // An organisation of another site is named as such, not as an unknown value (issue 25).
            return DomainProblem.Field(nameof(draft.OperatorOrganisationId), operatorSite is null ? "Unknown" : "NotAtSite");
        }
        Guid? districtId = null;
        if (!string.IsNullOrWhiteSpace(draft.DistrictKey))
        {
            districtId = await db.Districts.Where(d => d.SiteId == room.SiteId && d.Key == draft.DistrictKey).Select(d => (Guid?)d.Id)
                .SingleOrDefaultAsync(ct);
            if (districtId is null)
            {
                return DomainProblem.Field(nameof(draft.DistrictKey), "Unknown");
            }
        }
        room.Name = draft.Name.Trim();
        room.Address = new Organisations.PostalAddress
        {
            Street = TypedText.TrimmedOrNull(draft.Street), PostalCode = TypedText.TrimmedOrNull(draft.PostalCode),
            City = TypedText.TrimmedOrNull(draft.City),
        };
        room.DistrictId = districtId;
        room.Latitude = draft.Latitude;
        room.Longitude = draft.Longitude;
        room.Equipment = draft.Equipment.Trim();
        room.Accessibility = draft.Accessibility;
        room.OperatorOrganisationId = draft.OperatorOrganisationId;
        room.BufferMinutes = draft.BufferMinutes;
        room.IsActive = draft.IsActive;
        room.UpdatedAt = now;
        db.RoomOpeningHours.RemoveRange(room.OpeningHours);
        room.OpeningHours = draft.OpeningHours.OrderBy(h => h.Weekday).ThenBy(h => h.From)
            .Select(h => new RoomOpeningHours { RoomId = room.Id, Weekday = h.Weekday, From = h.From, To = h.To }).ToList();
        // New rows carry their id already, so EF would take them for existing ones and UPDATE nothing.
        db.RoomOpeningHours.AddRange(room.OpeningHours);
        return null;
    }

}
