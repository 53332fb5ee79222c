using FluentValidation;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;

public sealed class GeefTlvWerkvoorraadValidator : AbstractValidator<GeefTlvWerkvoorraadQuery>
{
    public GeefTlvWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
