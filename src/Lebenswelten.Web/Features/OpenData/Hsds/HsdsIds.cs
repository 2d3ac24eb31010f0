using System.Security.Cryptography;
using System.Text;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>
/// HSDS wants a UUID for every record, also for those that have no row of their own here (an offering's venue, its
/// price, a taxonomy term). They are derived from what they describe (a name-based UUID, RFC 9562 version 8 over
/// SHA-256), so they stay the same from request to request and from server to server, and a portal can follow changes.
/// </summary>
public static class HsdsIds
{
    public static Guid For(string kind, params object[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + string.Join("/", parts)));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
