using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Autorisatie;

/// <summary>
/// Who may send a message (query or command) on behalf of a caller. Every message carries exactly one rule (this
/// attribute, or a lifecycle step's attribute that reads the rule from its lifecycle table) or
/// <see cref="InternAttribute"/>: the authorization behaviour refuses anything else, and an architecture test fails
/// the build for a message without one. A caller passes when any one of the set conditions holds.
/// </summary>
public interface IToegangsregel
{
    bool Openbaar { get; }

    bool Aangemeld { get; }

    IReadOnlyCollection<Rol> ToegestaneRollen { get; }

    IReadOnlyCollection<string> ToegestaneScopes { get; }

    /// <summary>
    /// Medewerkers of the samenwerkingsverband who hold one of these functies (<see cref="Functie"/>), whatever
    /// <see cref="ToegestaneRollen"/> says: a step that belongs to a task, not to everyone of the role.
    /// </summary>
    IReadOnlyCollection<Functie> ToegestaneFuncties => [];
}

/// <summary>A rule stated on the message itself (see <see cref="IToegangsregel"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ToegangAttribute : Attribute, IToegangsregel
{
    /// <summary>Anyone, also without a token (public reference data).</summary>
    public bool Openbaar { get; init; }

    /// <summary>Any authenticated caller, person or client.</summary>
    public bool Aangemeld { get; init; }

    /// <summary>People with one of these roles.</summary>
    public Rol[] Rollen { get; init; } = [];

    /// <summary>Callers (clients or people) whose token carries one of these scopes.</summary>
    public string[] Scopes { get; init; } = [];

    /// <summary>Medewerkers of the samenwerkingsverband holding one of these functies.</summary>
    public Functie[] Functies { get; init; } = [];

    IReadOnlyCollection<Rol> IToegangsregel.ToegestaneRollen => Rollen;

    IReadOnlyCollection<Functie> IToegangsregel.ToegestaneFuncties => Functies;

    IReadOnlyCollection<string> IToegangsregel.ToegestaneScopes => Scopes;
}

/// <summary>
/// A message only the server itself sends (start-up, the sign-in page, the authorization server), never an API
/// endpoint on behalf of a caller; the authorization behaviour lets it through.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InternAttribute : Attribute;
