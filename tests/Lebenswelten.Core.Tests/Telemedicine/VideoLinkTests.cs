using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Telemedicine.Video;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Lebenswelten.Core.Tests.Telemedicine.TelemedicineTestKit;

namespace Lebenswelten.Core.Tests.Telemedicine;

public sealed class VideoLinkTests
{
    private const string Secret = "ein-geheimnis-von-mindestens-32-bytes-laenge";

    private static void UseJitsi(IServiceCollection services) => services.Configure<VideoOptions>(o =>
    {
        o.Provider = VideoProviderKind.Jitsi;
        o.Jitsi = new JitsiOptions { BaseUrl = "https://meet.example.org", AppId = "lebenswelten", Secret = Secret };
    });

    [Theory, BothProviders]
    public async Task The_Jitsi_link_carries_a_token_signed_with_the_secret_for_this_room_and_time_only(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, configure: UseJitsi);
        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0), kit.AccountHolder());
        kit.Clock.Advance(booked.Appointment.StartsAt.AddMinutes(-10) - kit.Clock.GetUtcNow());

        var patient = await kit.WithAsync(s =>
            s.GetRequiredService<VideoLinks>().ForPatientAsync(booked.Appointment.Id, new AppointmentActor(kit.Resident.Id), None));
        var practice = await kit.WithAsync(s =>
            s.GetRequiredService<VideoLinks>().ForPracticeAsync(booked.Appointment.Id, kit.PracticeAStaff, None));
        var otherPractice = await kit.WithAsync(s =>
            s.GetRequiredService<VideoLinks>().ForPracticeAsync(booked.Appointment.Id, kit.PracticeBStaff, None));

        var url = patient.Value!.Url;
        var room = booked.Appointment.MeetingRoom!;
        Assert.Matches("^lw[0-9a-f]{32}$", room);
        Assert.Equal($"https://meet.example.org/{room}", url.GetLeftPart(UriPartial.Path));
        var token = url.Query["?jwt=".Length..];
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "lebenswelten",
            ValidAudience = "jitsi",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
            LifetimeValidator = (_, _, _, _) => true,
        });
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var jwt = (JsonWebToken)validated.SecurityToken;
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal(("meet.example.org", room), (jwt.Subject, jwt.GetClaim("room").Value));
        Assert.Equal(booked.Appointment.EndsAt.UtcDateTime, jwt.ValidTo);
        Assert.Equal(booked.Appointment.StartsAt.AddMinutes(-10).UtcDateTime, jwt.ValidFrom);
        using var context = JsonDocument.Parse(jwt.GetClaim("context").Value);
        Assert.Equal("Rosa Resident", context.RootElement.GetProperty("user").GetProperty("name").GetString());
        Assert.False(context.RootElement.GetProperty("user").GetProperty("moderator").GetBoolean());
        Assert.StartsWith($"https://meet.example.org/{room}?jwt=", practice.Value!.Url.ToString(), StringComparison.Ordinal);
        Assert.Equal("Appointment.NotFound", otherPractice.Problem?.Code);

        var wrongKey = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "lebenswelten", ValidAudience = "jitsi", LifetimeValidator = (_, _, _, _) => true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret.Replace('e', 'x'))),
        });
        Assert.False(wrongKey.IsValid);
    }

    [Theory, BothProviders]
    public async Task The_link_is_handed_out_from_ten_minutes_before_the_start_until_the_end(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider, configure: UseJitsi);
        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0));
        var who = new AppointmentActor(null, booked.GuestToken);
        async Task<string?> AtAsync(DateTimeOffset when)
        {
            kit.Clock.Advance(when - kit.Clock.GetUtcNow());
            var link = await kit.WithAsync(s => s.GetRequiredService<VideoLinks>().ForPatientAsync(booked.Appointment.Id, who, None));
            return link.Problem?.Code;
        }
        var start = booked.Appointment.StartsAt;

        Assert.Equal("Video.NotYetOpen", await AtAsync(start.AddMinutes(-10).AddSeconds(-1)));
        Assert.Null(await AtAsync(start.AddMinutes(-10)));
        Assert.Null(await AtAsync(booked.Appointment.EndsAt));
        Assert.Equal("Video.Closed", await AtAsync(booked.Appointment.EndsAt.AddSeconds(1)));
        Assert.Equal("Appointment.NotFound", (await kit.WithAsync(s => s.GetRequiredService<VideoLinks>()
            .ForPatientAsync(booked.Appointment.Id, new AppointmentActor(null, "wrong"), None))).Problem?.Code);
    }

    [Theory, BothProviders]
    public async Task A_pasted_link_of_the_schedule_or_the_appointment_is_handed_out_and_never_an_insecure_one(DatabaseProvider provider)
    {
        await using var kit = await CreateAsync(provider);
        await kit.WithAsync(s => s.GetRequiredService<ScheduleEditor>().UpdateAsync(kit.ScheduleA.Id,
            ScheduleDraft(kit.PracticeA.Id) with { VideoLink = "https://video.praxis.example/warteraum" }, kit.PracticeAStaff, None));
        var booked = await kit.BookedAsync(Slot(kit.ScheduleA, Tuesday, 10, 0));
        kit.Clock.Advance(booked.Appointment.StartsAt - kit.Clock.GetUtcNow());
        var links = (IServiceProvider s) => s.GetRequiredService<VideoLinks>();
        var who = new AppointmentActor(null, booked.GuestToken);

        var fromSchedule = await kit.WithAsync(s => links(s).ForPatientAsync(booked.Appointment.Id, who, None));
        var insecure = await kit.WithAsync(s =>
            links(s).SetPastedLinkAsync(booked.Appointment.Id, "http://video.example/x", kit.PracticeAStaff, None));
        await kit.WithAsync(s =>
            links(s).SetPastedLinkAsync(booked.Appointment.Id, "https://video.praxis.example/termin-42", kit.PracticeAStaff, None));
        var fromAppointment = await kit.WithAsync(s => links(s).ForPatientAsync(booked.Appointment.Id, who, None));

        Assert.Null(booked.Appointment.MeetingRoom);
        Assert.Equal("https://video.praxis.example/warteraum", fromSchedule.Value!.Url.ToString());
        Assert.Equal(["InvalidLink"], insecure.Problem!.FieldErrors!["VideoLink"]);
        Assert.Equal("https://video.praxis.example/termin-42", fromAppointment.Value!.Url.ToString());
    }

    [Theory]
    [InlineData("https://meet.example.org", "lebenswelten", Secret, true)]
    [InlineData("https://meet.example.org", "lebenswelten", "zu-kurz", false)]
    [InlineData("http://meet.example.org", "lebenswelten", Secret, false)]
    [InlineData("https://meet.example.org", "", Secret, false)]
    public void Jitsi_settings_that_could_not_sign_a_safe_link_are_refused_at_start(string baseUrl, string appId, string secret, bool valid)
    {
        var options = new VideoOptions { Provider = VideoProviderKind.Jitsi,
            Jitsi = new JitsiOptions { BaseUrl = baseUrl, AppId = appId, Secret = secret } };

        Assert.Equal(valid, new VideoOptionsValidation().Validate(null, options).Succeeded);
        Assert.True(new VideoOptionsValidation().Validate(null, new VideoOptions()).Succeeded);
    }
}
