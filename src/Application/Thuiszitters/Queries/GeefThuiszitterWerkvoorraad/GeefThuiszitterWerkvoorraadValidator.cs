using FluentValidation;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitterWerkvoorraad;

public sealed class GeefThuiszitterWerkvoorraadValidator : AbstractValidator<GeefThuiszitterWerkvoorraadQuery>
{
    public GeefThuiszitterWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
