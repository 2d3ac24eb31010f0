using QRCoder;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// The QR code on the confirmation, drawn on the server as a PNG and sent inline (a data: image, which the
/// Content-Security-Policy allows): no script, no request to another service. It carries the room staff's
/// check-in address with the code filled in, so staff can scan it with a phone; the code itself stays readable below.
/// </summary>
public static class CheckInQr
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
