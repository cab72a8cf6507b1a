using Microsoft.AspNetCore.Identity;

namespace OneMatter.Server.Accounts;

/// <summary>
/// A signed-in user: an applicant (申请人), an officer bound to one unit, a supervisor bound to
/// a command centre and its jurisdiction, a process designer or an administrator. The unit and
/// jurisdiction travel as claims (see <see cref="AccountClaims"/>) so every request is checked
/// without a database read.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary>Name shown in the app and written into documents.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The org unit of an officer, or the command centre of a supervisor.</summary>
    public string? Unit { get; set; }

    /// <summary>Roles within the unit (e.g. <c>leader</c>), comma-separated; definitions may
    /// assign work to a role of a unit.</summary>
    public string? UnitRoles { get; set; }

    /// <summary>A supervisor's jurisdiction: <c>*</c> for the whole county, or a township or zone id.</summary>
    public string? Jurisdiction { get; set; }
}
