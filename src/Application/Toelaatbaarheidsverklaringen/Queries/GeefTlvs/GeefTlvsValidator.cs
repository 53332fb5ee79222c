using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

public sealed class GeefTlvsValidator : AbstractValidator<GeefTlvsQuery>
{
    public GeefTlvsValidator()
    {
        RuleFor(q => q.Sorteer).MoetSorteringZijn(TlvSortering.Alle);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(TlvCursor.MaximalePageSize);
    }
}
