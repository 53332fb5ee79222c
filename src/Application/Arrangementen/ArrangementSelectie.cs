using FluentValidation;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The filters and paging both arrangement lists offer: the whole arrangementen (for a LAS's full copy) and the
/// overview (for a screen). One set of rules, one order, one cursor, so the two never disagree about a page.
/// </summary>
public interface IArrangementSelectie
{
    string? Status { get; }

    string? Soort { get; }

    string? Vestiging { get; }

    Guid? LeerlingId { get; }

    DateOnly? PeriodeVan { get; }

    DateOnly? PeriodeTot { get; }

    bool? EvaluatieVerlopen { get; }

    string? Cursor { get; }

    int? PageSize { get; }
}

internal static class ArrangementSelectie
{
    public static bool IsGefilterd(this IArrangementSelectie s) =>
        s.Status is not null || s.Soort is not null || s.Vestiging is not null || s.LeerlingId is not null
        || s.PeriodeVan is not null || s.PeriodeTot is not null || s.EvaluatieVerlopen is not null;

    /// <summary>Where the page starts: after the cursor's id, or at the start, with the change number of the first page.</summary>
    public static Task<Result<Synccursor<ArrangementSync>>> BeginAsync(
        this IArrangementSelectie s, IApplicationDbContext db, ISynctokens tokens, CancellationToken ct) =>
        Syncfeed<ArrangementSync, Arrangement>.BeginAsync(s.Cursor, db, tokens, ct);

    /// <summary>The arrangementen of the page in id order, one more than fits to tell whether another page follows.</summary>
    public static IQueryable<Arrangement> Pagina(this IArrangementSelectie s, IQueryable<Arrangement> arrangementen, Synccursor<ArrangementSync> cursor, DateOnly vandaag) =>
        Syncfeed<ArrangementSync, Arrangement>.Pagina(s.Filter(arrangementen, vandaag), cursor, s.Grootte());

    public static int Grootte(this IArrangementSelectie s) => s.PageSize ?? Syncfeed.StandaardPageSize;

    public static IQueryable<Arrangement> Filter(this IArrangementSelectie s, IQueryable<Arrangement> arrangementen, DateOnly vandaag)
    {
        if (ArrangementStatusCodes.Lijst.Zoek(s.Status) is { } status)
        {
            arrangementen = arrangementen.Where(a => a.Status == status);
        }

        if (SoortArrangementCodes.Lijst.Zoek(s.Soort) is { } soort)
        {
            arrangementen = arrangementen.Where(a => a.Soort == soort);
        }

        // The validator refused a malformed vestiging before this point.
        if (s.Vestiging is not null && VestigingCode.Parse(s.Vestiging).Lukt(out var vestiging))
        {
            arrangementen = arrangementen.Where(a => a.Vestiging == vestiging);
        }

        if (s.LeerlingId is { } leerling)
        {
            arrangementen = arrangementen.Where(a => a.LeerlingId == leerling);
        }

        if (s.PeriodeVan is { } van)
        {
            arrangementen = arrangementen.Where(a => a.Einddatum >= van);
        }

        if (s.PeriodeTot is { } tot)
        {
            arrangementen = arrangementen.Where(a => a.Ingangsdatum <= tot);
        }

        if (s.EvaluatieVerlopen is { } verlopen)
        {
            arrangementen = verlopen
                ? arrangementen.Where(a => a.Status == ArrangementStatus.Actief && a.VolgendeEvaluatieUiterlijk < vandaag)
                : arrangementen.Where(a => !(a.Status == ArrangementStatus.Actief && a.VolgendeEvaluatieUiterlijk < vandaag));
        }

        return arrangementen;
    }
}

/// <summary>The input rules of <see cref="IArrangementSelectie"/>, included by the validator of each list.</summary>
internal sealed class ArrangementSelectieRegels : AbstractValidator<IArrangementSelectie>
{
    public ArrangementSelectieRegels()
    {
        RuleFor(q => q.Status).MoetVoldoenAan(s => ArrangementStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Soort).MoetVoldoenAan(s => SoortArrangementCodes.Lijst.Lees(s, "soort", "soort")).When(q => q.Soort is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.PeriodeTot).GreaterThanOrEqualTo(q => q.PeriodeVan).When(q => q.PeriodeVan is not null && q.PeriodeTot is not null)
            .WithErrorCode("omgekeerde-periode").WithMessage("Het einde van de periode ligt voor het begin.");
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
    }
}
