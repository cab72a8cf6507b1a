namespace OneMatter.Engine.Commands;

/// <summary>Who is acting.</summary>
public enum ActorKind
{
    /// <summary>A citizen, company or reporter.</summary>
    Applicant,
    /// <summary>An officer of a unit.</summary>
    Officer,
    /// <summary>A command-centre supervisor.</summary>
    Supervisor,
    /// <summary>A process designer.</summary>
    Designer,
    /// <summary>An administrator.</summary>
    Admin,
    /// <summary>The system itself: timers, child matters ending.</summary>
    System,
}
