using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Domain.Deskundigen;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>The search, filters and order of a selection of deskundigen: the list and its export select the same way.</summary>
public interface IDeskundigenSelectie
{
    /// <summary>A part of the name.</summary>
    string? Zoek { get; }

    /// <summary>A code of <see cref="Domain.Deskundigen.Discipline"/>.</summary>
    string? Discipline { get; }

    /// <summary>Only the active (true) or only the deactivated (false); both when absent.</summary>
    bool? Actief { get; }

    string? Sorteer { get; }
}

/// <summary>The values of <c>sorteer</c> on GET /deskundigen and its export.</summary>
public static class DeskundigenSortering
{
    public const string Naam = "naam";
    public const string NaamAflopend = "-naam";
    public const string Discipline = "discipline";
    public const string DisciplineAflopend = "-discipline";
    public const string Werkgever = "werkgever";
    public const string WerkgeverAflopend = "-werkgever";

    public static readonly IReadOnlyList<string> Alle = [Naam, NaamAflopend, Discipline, DisciplineAflopend, Werkgever, WerkgeverAflopend];
}

internal static class DeskundigenSelectie
{
    public static IOrderedQueryable<Deskundige> Selecteer(this IDeskundigenSelectie selectie, IQueryable<Deskundige> deskundigen)
    {
        if (DisciplineCodes.Lijst.Zoek(selectie.Discipline) is { } discipline)
        {
            deskundigen = deskundigen.Where(d => d.Discipline == discipline);
        }

        if (selectie.Actief is { } actief)
        {
            deskundigen = deskundigen.Where(d => d.Actief == actief);
        }

        // Runs in PostgreSQL as lower(...) with strpos; .NET's culture rules never apply here. Case-insensitive order
        // by name, so "de Vries" sits next to "De Vries"; the id breaks ties, so every page is stable.
#pragma warning disable CA1304, CA1311, CA1862
        if (selectie.Zoek?.Trim() is { Length: > 0 } zoek)
        {
            var gezocht = zoek.ToLowerInvariant();
            deskundigen = deskundigen.Where(d => d.Naam.ToLower().Contains(gezocht));
        }

        return (selectie.Sorteer ?? DeskundigenSortering.Naam) switch
        {
            DeskundigenSortering.NaamAflopend => deskundigen.OrderByDescending(d => d.Naam.ToLower()).ThenByDescending(d => d.Id),
            DeskundigenSortering.Discipline => deskundigen.OrderBy(d => d.Discipline).ThenBy(d => d.Naam.ToLower()).ThenBy(d => d.Id),
            DeskundigenSortering.DisciplineAflopend => deskundigen.OrderByDescending(d => d.Discipline).ThenBy(d => d.Naam.ToLower()).ThenBy(d => d.Id),
            DeskundigenSortering.Werkgever => deskundigen.OrderBy(d => d.Werkgever.ToLower()).ThenBy(d => d.Naam.ToLower()).ThenBy(d => d.Id),
            DeskundigenSortering.WerkgeverAflopend => deskundigen.OrderByDescending(d => d.Werkgever.ToLower()).ThenBy(d => d.Naam.ToLower()).ThenBy(d => d.Id),
            _ => deskundigen.OrderBy(d => d.Naam.ToLower()).ThenBy(d => d.Id),
        };
#pragma warning restore CA1304, CA1311, CA1862
    }
}

/// <summary>The input rules of <see cref="IDeskundigenSelectie"/>, included by the validators of the list and its export.</summary>
internal sealed class DeskundigenSelectieRegels : AbstractValidator<IDeskundigenSelectie>
{
    public DeskundigenSelectieRegels()
    {
        RuleFor(q => q.Zoek).Must(z => z!.Trim().Length is > 0 and <= Deskundige.MaximaleLengteNaam).When(q => q.Zoek is not null)
            .WithErrorCode("ongeldige-zoekterm").WithMessage($"Zoek op (een deel van) een naam van 1 tot {Deskundige.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.Discipline).Must(d => DisciplineCodes.Lijst.Zoek(d) is not null).When(q => q.Discipline is not null)
            .WithErrorCode("ongeldige-discipline").WithMessage(DisciplineCodes.Lijst.KiesUitDeLijst());
        RuleFor(q => q.Sorteer).MoetSorteringZijn(DeskundigenSortering.Alle);
    }
}
