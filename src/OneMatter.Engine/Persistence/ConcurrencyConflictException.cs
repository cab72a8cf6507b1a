namespace OneMatter.Engine.Persistence;

/// <summary>A commit found an instance at another version than the change expected: someone else
/// changed it first. Nothing of the group was written; re-evaluate the commands on the named
/// instances against their new state.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception for the conflicting instances.</summary>
    public ConcurrencyConflictException(IReadOnlyList<string> instanceIds)
        : base("Version conflict on " + string.Join(", ", instanceIds))
    {
        InstanceIds = instanceIds;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConcurrencyConflictException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public ConcurrencyConflictException(string message) : base(message) => InstanceIds = [];

    /// <summary>Creates the exception with a message and cause.</summary>
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException) => InstanceIds = [];

    /// <summary>The instances whose version did not match.</summary>
    public IReadOnlyList<string> InstanceIds { get; }
}
