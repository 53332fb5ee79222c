using System.Linq.Expressions;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>
/// How a step that waits for someone shows in their werkvoorraad: the action, its description and its deadline,
/// all as expressions so the werkvoorraad is computed in SQL. Several steps may share one rule (granting and refusing
/// are one action: "besluiten"); the werkvoorraad lists it once.
/// </summary>
/// <param name="Actie">The action code the werkvoorraad shows, e.g. "besluiten".</param>
/// <param name="Omschrijving">
/// Why the line is there, in plain Dutch; may use the aggregate (the open question, the date of the last evaluation).
/// A call to a .NET method (e.g. <see cref="NederlandseDatum.Tekst"/>) is evaluated after the query on the columns it reads.
/// </param>
/// <param name="Deadline">By when the action is due.</param>
/// <param name="Wanneer">
/// Given the horizon (today plus how far the werkvoorraad looks ahead), whether the action is due for listing; null
/// when it is listed as soon as the step can be taken.
/// </param>
/// <param name="Voor">
/// The roles that must act, each with a line of its own; null for every role that may take the step (a medewerker of the
/// samenwerkingsverband also by the step's functie, and then only with it). Others may be allowed to take the step too
/// (the SWV may start an arrangement), but it is not their to-do.
/// </param>
/// <param name="Betrokken">
/// Narrows, per role and for the caller's account, who must act: e.g. an expert only for support an expert provides,
/// the school for the rest, a deskundige only where they were asked to advise; null for everyone with the role.
/// </param>
public sealed record Werkvoorraadregel<TAggregaat>(
    string Actie,
    Expression<Func<TAggregaat, string>> Omschrijving,
    Expression<Func<TAggregaat, DateOnly>> Deadline,
    Func<DateOnly, Expression<Func<TAggregaat, bool>>>? Wanneer = null,
    IReadOnlyList<Rol>? Voor = null,
    Func<Rol, Guid, Expression<Func<TAggregaat, bool>>?>? Betrokken = null);
