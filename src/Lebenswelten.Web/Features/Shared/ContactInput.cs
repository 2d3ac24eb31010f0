using System.ComponentModel.DataAnnotations;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// How a person without an account says who they are and how to reach them, the same on every form that takes guests
/// (registration, video appointment). The rules live in Core, so none here.
/// </summary>
public class ContactInput
{
    [Display(Name = "Register.Name")]
    public string? Name { get; set; }

    [Display(Name = "Register.Email")]
    public string? Email { get; set; }

    [Display(Name = "Register.Phone")]
    public string? Phone { get; set; }
}
