namespace OneMatter.Server.Realtime;

/// <summary>SignalR group names. Prefixed by kind so that a unit id can never collide with an
/// account name or a place.</summary>
internal static class RealtimeGroups
{
    /// <summary>The officers of a unit.</summary>
    public static string Unit(string unit) => "unit:" + unit;

    /// <summary>One applicant account.</summary>
    public static string Applicant(string account) => "applicant:" + account;

    /// <summary>The supervisors of a jurisdiction (<c>*</c> = the whole county).</summary>
    public static string Jurisdiction(string area) => "jurisdiction:" + area;
}
