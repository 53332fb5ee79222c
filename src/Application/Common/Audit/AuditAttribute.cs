using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Common.Audit;

/// <summary>
/// Marks a use case whose every successful run is written to the audit log, in the same transaction as the change
/// it made (for commands) and in the same request (for reads). <see cref="Doel"/> is the purpose recorded with it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AuditAttribute(AuditActie actie, string resourceSoort) : Attribute
{
    public AuditActie Actie { get; } = actie;

    public string ResourceSoort { get; } = resourceSoort;

    public required string Doel { get; init; }
}

/// <summary>A message that names the resource (and pupil) it is about.</summary>
public interface IAuditBron
{
    string? AuditResourceId { get; }

    Guid? AuditLeerlingId => null;

    /// <summary>
    /// The tenant the record belongs to when it is not the caller's: the platform-beheerder belongs to none, and what
    /// it does to a samenwerkingsverband goes into that samenwerkingsverband's log.
    /// </summary>
    string? AuditSamenwerkingsverband => null;

    /// <summary>
    /// The purpose, when the caller states it for this one access (opening protected data with a reason): recorded
    /// instead of the use case's fixed <see cref="AuditAttribute.Doel"/>.
    /// </summary>
    string? AuditDoel => null;
}

/// <summary>
/// A page of results about pupils (a list, a feed): every pupil whose data leaves the server gets an audit record of
/// its own, so the log per pupil shows who received their data, also through a list.
/// </summary>
public interface IAuditLijst
{
    IEnumerable<IAuditResultaat> AuditItems { get; }
}

/// <summary>A result that names the resource a command created (its id is unknown before it runs).</summary>
public interface IAuditResultaat
{
    string AuditResourceId { get; }

    /// <summary>The pupil the result is about, when the message itself could not name it (it named an arrangement).</summary>
    Guid? AuditLeerlingId => null;

    /// <summary>
    /// The kind of resource of an item of an <see cref="IAuditLijst"/>, when a list holds more than one kind (a search finds pupils and arrangementen): each is
    /// recorded as what it is, so the log per pupil reads the same whichever screen showed them. Null: the use case's.
    /// </summary>
    string? AuditResourceSoort => null;

    /// <summary>As <see cref="IAuditBron.AuditSamenwerkingsverband"/>, when only the result names the tenant.</summary>
    string? AuditSamenwerkingsverband => null;

    /// <summary>
    /// The person who acted, for a use case run before anyone is signed in (activating an account with its code):
    /// only the outcome knows who it was. Never used when the caller is known.
    /// </summary>
    (string Id, string Naam)? AuditActor => null;
}
