using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Every POST handler of the page needs <see cref="Policies.RecentLogin"/> (ASVS 5.0 V7.5.3), reading the page does
/// not: Razor Pages authorize a page as a whole, so this filter does it per handler. Without a recent login the
/// person confirms on the Confirm page (password, and code with a second factor; failures count towards the
/// lockout) and comes back to the page to submit again. The one re-authentication of pages and API alike.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RecentLoginForChangesAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method)
            && !(await http.RequestServices.GetRequiredService<IAuthorizationService>()
                .AuthorizeAsync(http.User, Policies.RecentLogin)).Succeeded)
        {
            context.Result = ConfirmAndComeBack(http.Request.PathBase + http.Request.Path);
            return;
        }
        await next();
    }

    /// <summary>To the confirmation, which sends the person back to <paramref name="returnUrl"/> (a local path).</summary>
    public static RedirectToPageResult ConfirmAndComeBack(string returnUrl) => new(AccountChallenges.ConfirmPage, new { returnUrl });
}
