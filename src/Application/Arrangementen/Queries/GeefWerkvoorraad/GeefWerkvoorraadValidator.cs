using FluentValidation;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

public sealed class GeefWerkvoorraadValidator : AbstractValidator<GeefWerkvoorraadQuery>
{
    public GeefWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
