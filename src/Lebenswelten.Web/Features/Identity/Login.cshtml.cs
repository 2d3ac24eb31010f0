using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page(AccountChallenges.LandingPage)!;
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginCode", new { returnUrl = next, rememberMe = Input.RememberMe });
        }
        if (result.Succeeded)
        {
            // Staff without a second factor can do nothing else yet: straight to setting one up.
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
            var staff = user is not null && (await signIn.CreateUserPrincipalAsync(user)).IsStaff();
            return staff ? RedirectToPage(AccountChallenges.TwoFactorSetupPage, new { returnUrl = next }) : LocalRedirect(next);
        }
        ModelState.AddModelError(string.Empty, text[result.IsLockedOut ? "Login.LockedOut" : "Login.Failed"]);
        return Page();
    }
}

public sealed class LoginInput
{
    [Display(Name = "Login.Email")]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    public string Email { get; set; } = "";

    [Display(Name = "Login.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.TooLong")]
    public string Password { get; set; } = "";

    [Display(Name = "Login.RememberMe")]
    public bool RememberMe { get; set; }
}
