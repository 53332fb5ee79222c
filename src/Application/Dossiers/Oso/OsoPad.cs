using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>Where an element of a dossier is, as a LAS engineer finds it: its XPath (local names, position when not the first) and its line.</summary>
public static class OsoPad
{
    public static string Van(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var delen = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var positie = e.ElementsBeforeSelf(e.Name).Count() + 1;
            delen.Push(positie == 1 ? e.Name.LocalName : string.Create(CultureInfo.InvariantCulture, $"{e.Name.LocalName}[{positie}]"));
        }

        return new StringBuilder().AppendJoin(string.Empty, delen.Select(d => "/" + d)).ToString();
    }

    /// <summary>The element's place in the file: its line and position (when read with line info) and its XPath.</summary>
    public static Bestandsplek Plek(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var regel = (IXmlLineInfo)element;
        return regel.HasLineInfo()
            ? new Bestandsplek(regel.LineNumber, null, regel.LinePosition, Van(element))
            : new Bestandsplek(null, null, null, Van(element));
    }
}
