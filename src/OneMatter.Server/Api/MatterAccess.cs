using OneMatter.Server.Accounts;
using OneMatter.Storage;
using OneMatter.Storage.Entities;

namespace OneMatter.Server.Api;

/// <summary>
/// Who may read a matter, decided on the server for every request: the applicant who owns it;
/// an officer whose unit holds or held work in it; a supervisor whose jurisdiction covers it
/// (<c>*</c> = the whole county); nobody else. A matter the caller may not read is answered
/// as not found, so its existence is not revealed.
/// </summary>
internal static class MatterAccess
{
    public static async Task<bool> CanReadAsync(CurrentUser user, MatterInstance instance, MatterReadModel reads, OneMatter.Engine.Organisation.OrgDirectory org,
        CancellationToken cancellationToken)
    {
        return user.Role switch
        {
            Roles.Applicant => instance.Applicant == user.Id,
            Roles.Officer => user.Unit is { } unit && await reads.UnitTakesPartAsync(instance.Id, unit, cancellationToken).ConfigureAwait(false),
            Roles.Supervisor => Covers(user.Jurisdiction, instance.Jurisdiction, org),
            _ => false,
        };
    }

    private static bool Covers(string? jurisdiction, string? place, OneMatter.Engine.Organisation.OrgDirectory org) =>
        jurisdiction == "*" || (jurisdiction is { } area && place is { } p && (area == p || org.Contains(area, p)));
}
