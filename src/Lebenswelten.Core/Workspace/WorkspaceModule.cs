using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Workspace;

public static class WorkspaceModule
{
    /// <summary>The staff start page: its service, the per-role lists and the visit record (with its part in privacy).</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services) => services
        .AddScoped<WorkspaceService>()
        .AddScoped<RoleWorklists>()
        .AddScoped<WorkspaceVisits>()
        .AddScoped<IPersonalDataParticipant, WorkspacePersonalData>();
}
