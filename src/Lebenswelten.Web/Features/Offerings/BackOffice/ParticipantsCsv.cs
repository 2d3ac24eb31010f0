using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// The participant list as a spreadsheet for the provider (issue 25): German Excel's dialect (semicolon, UTF-8 with
/// BOM, German dates), headings and states in the reader's language. A value that starts like a formula is written
/// as text (CSV injection, OWASP). Only what the list page shows; the read is audited by AttendanceBook.
/// </summary>
public static class ParticipantsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<Participant> participants, IStringLocalizer text)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.GetCultureInfo("de-DE"))
               { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var heading in new[] { "Name", "Email", "Phone", "Status", "Position", "RegisteredAt", "EmailConfirmed" })
            {
                csv.WriteField(text[$"OfferingAdmin.Csv.{heading}"].Value);
            }
            csv.NextRecord();
            foreach (var (registration, position) in participants)
            {
                csv.WriteField(registration.Name);
                csv.WriteField(registration.Email ?? "");
                csv.WriteField(registration.Phone ?? "");
                csv.WriteField(text[$"OfferingAdmin.RegistrationStatus.{registration.Status}"].Value);
                csv.WriteField(position?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(Dates.DateTime(registration.CreatedAt));
                csv.WriteField(text[!registration.IsGuest ? "OfferingAdmin.Account"
                    : registration.EmailConfirmedAt is null ? "OfferingAdmin.No" : "OfferingAdmin.Yes"].Value);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    public static string FileName(Offering offering, DateTimeOffset now) =>
        $"teilnehmende-{Core.Common.ReadableKeys.Of(offering.Title)}-{now:yyyy-MM-dd}.csv";
}
