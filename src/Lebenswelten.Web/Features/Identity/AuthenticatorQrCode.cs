using QRCoder;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>An otpauth:// link as a PNG QR code in a data: address, drawn on the server (no script, no style).</summary>
public static class AuthenticatorQrCode
{
    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
