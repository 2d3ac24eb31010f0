using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Lebenswelten.Web.Features.Identity;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
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
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/konto");
        }
        ModelState.AddModelError(string.Empty, text[result switch
        {
            { IsLockedOut: true } => "Login.LockedOut",
            { RequiresTwoFactor: true } => "Login.TwoFactorRequired",
            _ => "Login.Failed",
        }]);
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
