using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>
/// Jitsi Meet with token authentication: <c>https://&lt;base&gt;/&lt;room&gt;?jwt=&lt;token&gt;</c>, the token signed with
/// HS256 and carrying the claims prosody's token module checks (aud, iss = app id, sub = domain, room, nbf, exp,
/// context.user). The room name is 128 random bits; the token opens that room only, from 10 minutes before the
/// start until the end.
/// </summary>
public sealed class JitsiMeetProvider(IOptions<VideoOptions> options, TimeProvider clock) : IVideoMeetingProvider
{
    private static readonly JsonWebTokenHandler Handler = new();

    public string? NewMeetingRoom() => "lw" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    public Uri? JoinLink(TelemedicineAppointment appointment, ConsultationSchedule schedule, VideoParticipant participant)
    {
        if (appointment.MeetingRoom is not { } room)
        {
            return null;
        }
        var jitsi = options.Value.Jitsi;
        var server = new Uri(jitsi.BaseUrl!.TrimEnd('/') + "/");
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jitsi.AppId,
            Audience = jitsi.Audience,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            NotBefore = VideoAccess.OpensAt(appointment).UtcDateTime,
            Expires = appointment.EndsAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jitsi.Secret!)), SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = server.Host,
                ["room"] = room,
                ["context"] = new Dictionary<string, object>
                {
                    ["user"] = new Dictionary<string, object>
                    {
                        ["name"] = participant.DisplayName,
                        ["moderator"] = participant.IsModerator,
                    },
                },
            },
        });
        return new Uri(server, $"{room}?jwt={token}");
    }
}
