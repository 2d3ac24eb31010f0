namespace Lebenswelten.Web.Fhir;

/// <summary>The FHIR endpoints' services: the caller (who acts for which practices) and its authorization policy.</summary>
public static class FhirModule
{
    public static IServiceCollection AddFhir(this IServiceCollection services)
    {
        services.AddScoped<FhirCaller>();
        services.AddAuthorization(FhirCaller.AddPolicy);
        return services;
    }
}
