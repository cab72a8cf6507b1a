namespace OneMatter.Engine.Commands;

/// <summary>The person or system behind a command; recorded on every event it causes.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Kind">Applicant, officer, supervisor, …</param>
/// <param name="Unit">The officer's unit (or the supervisor's command centre).</param>
/// <param name="Roles">Roles within the unit, for role-based allocation.</param>
public sealed record Actor(string Id, ActorKind Kind, string? Unit = null, IReadOnlyList<string>? Roles = null)
{
    /// <summary>The system actor for timers and internal callbacks.</summary>
    public static Actor System { get; } = new("system", ActorKind.System);

    /// <summary>An officer of a unit.</summary>
    public static Actor Officer(string id, string unit, params string[] roles) => new(id, ActorKind.Officer, unit, roles);

    /// <summary>An applicant.</summary>
    public static Actor ApplicantAccount(string id) => new(id, ActorKind.Applicant);

    /// <summary>A supervisor of a command centre.</summary>
    public static Actor Supervisor(string id, string commandCentre) => new(id, ActorKind.Supervisor, commandCentre);

    /// <summary>Whether the actor holds the role.</summary>
    public bool HasRole(string role) => Roles is not null && Roles.Contains(role);
}
