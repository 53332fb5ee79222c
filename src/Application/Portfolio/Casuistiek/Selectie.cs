using System.Linq.Expressions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>The filters of the lists, read from the query string: every problem at once (400).</summary>
internal static class Selectie
{
    public static Result<int?> LeesSchooljaar(string? schooljaar) =>
        schooljaar is null ? Result<int?>.Gelukt(null) : Schooljaar.Parse(schooljaar, "schooljaar").Dan(s => (int?)s.Beginjaar);

    public static Result<Expression<Func<Netwerkbespreking, bool>>> Besprekingen(string? regio, string? lokaalNetwerk, string? schooljaar) =>
        LeesSchooljaar(schooljaar).Dan(jaar =>
        {
            Expression<Func<Netwerkbespreking, bool>> filter = _ => true;
            if (!string.IsNullOrWhiteSpace(regio))
            {
                filter = Expressie.En(filter, b => b.Regio == regio);
            }

            if (!string.IsNullOrWhiteSpace(lokaalNetwerk))
            {
                filter = Expressie.En(filter, b => b.LokaalNetwerk == lokaalNetwerk);
            }

            if (jaar is { } j)
            {
                filter = Expressie.En(filter, b => b.Schooljaar == j);
            }

            return filter;
        });

    public static Result<Expression<Func<Casus, bool>>> Casussen(
        string? regio, string? lokaalNetwerk, string? schooljaar, string? uitkomst, string? status, Guid? bespreking)
    {
        var uitkomstsoort = uitkomst is null
            ? Result<Uitkomstsoort?>.Gelukt(null)
            : CasuistiekCodes.Uitkomstsoorten.Lees(uitkomst, "uitkomst", "uitkomst").Dan(u => (Uitkomstsoort?)u);
        var casusstatus = status is null
            ? Result<CasusStatus?>.Gelukt(null)
            : CasusStatusCodes.Lijst.Lees(status, "status", "status").Dan(s => (CasusStatus?)s);
        return Lezen.Samen(LeesSchooljaar(schooljaar), uitkomstsoort, casusstatus, (jaar, soort, stand) =>
        {
            Expression<Func<Casus, bool>> filter = _ => true;
            if (!string.IsNullOrWhiteSpace(regio))
            {
                filter = Expressie.En(filter, c => c.Regio == regio);
            }

            if (!string.IsNullOrWhiteSpace(lokaalNetwerk))
            {
                filter = Expressie.En(filter, c => c.LokaalNetwerk == lokaalNetwerk);
            }

            if (jaar is { } j)
            {
                filter = Expressie.En(filter, c => c.Schooljaar == j);
            }

            if (soort is { } u)
            {
                filter = Expressie.En(filter, c => c.UitkomstSoort == u);
            }

            if (stand is { } s)
            {
                filter = Expressie.En(filter, c => c.Status == s);
            }

            if (bespreking is { } b)
            {
                filter = Expressie.En(filter, c => c.BesprekingId == b);
            }

            return filter;
        });
    }
}
