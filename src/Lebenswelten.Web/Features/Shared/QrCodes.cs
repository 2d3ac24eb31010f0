using QRCoder;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// A QR code drawn on the server as a PNG and sent inline as a data: address, which the Content-Security-Policy allows:
/// no script, no style, no request to another service. Used for the authenticator set-up link and the check-in code.
/// </summary>
public static class QrCodes
{
    /// <param name="text">What the code carries.</param>
    /// <param name="pixelsPerModule">The size of one square: larger where a phone scans it off a screen at arm's length.</param>
    public static string DataUri(string text, int pixelsPerModule)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
