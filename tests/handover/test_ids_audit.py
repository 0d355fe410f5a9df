"""The semantic audit rejects IDS files that cannot be satisfied and accepts valid ones.

The cases mirror the kinds of ``invalid-`` test case in buildingSMART's IDS suite (each rule is
tested on examples beyond the shared half) and valid look-alikes that must not be rejected.
"""

from __future__ import annotations

import pytest

from fmdesk.handover.ids.loader import IdsInvalidError, load_ids_text
from tests.handover.ids_helpers import attribute, entity, ids_xml, prop, restriction

INVALID = {
    "unknown class": ids_xml(entity("IFCWALL"), entity("IFCRABBIT")),
    "lower-case class": ids_xml(entity("IFCWALL"), entity("IfcWall")),
    "required class never applicable": ids_xml(entity("IFCSLAB"), entity("IFCWALL")),
    "subclass is another class": ids_xml(entity("IFCWALLSTANDARDCASE"), entity("IFCWALL")),
    "enumeration without the applicable class": ids_xml(
        entity("IFCBEAM"),
        "<entity>"
        + restriction("name", '<xs:enumeration value="IFCWALL"/><xs:enumeration value="IFCSLAB"/>')
        + "</entity>",
    ),
    "pattern without the applicable class": ids_xml(
        entity("IFCWALL"),
        "<entity>" + restriction("name", '<xs:pattern value="IFC.*TYPE"/>') + "</entity>",
    ),
    "unknown attribute": ids_xml(entity("IFCWALL"), attribute("ActingRole")),
    "inverse attribute": ids_xml(entity("IFCPERSON"), attribute("EngagedIn")),
    "derived attribute": ids_xml(entity("IFCCARTESIANPOINT"), attribute("Dim")),
    "value on a list": ids_xml(entity("IFCCARTESIANPOINT"), attribute("Coordinates", "Foobar")),
    "value on an object": ids_xml(
        entity("IFCTASK"), attribute("TaskTime", "Foobar"), versions="IFC4"
    ),
    "value on a select": ids_xml(
        entity("IFCSURFACESTYLERENDERING"), attribute("DiffuseColour", "Foobar")
    ),
    "upper-case boolean attribute": ids_xml(entity("IFCTASK"), attribute("IsMilestone", "FALSE")),
    "comma decimal": ids_xml(
        entity("IFCSURFACESTYLEREFRACTION"), attribute("RefractionIndex", "42,3")
    ),
    "thousands separator": ids_xml(
        entity("IFCSURFACESTYLEREFRACTION"), attribute("RefractionIndex", "123,4.5")
    ),
    "float for an integer attribute": ids_xml(
        entity("IFCSTAIRFLIGHT"), attribute("NumberOfRisers", "42.0"), versions="IFC4"
    ),
    "float for an integer property": ids_xml(
        entity("IFCWALL"), prop("Foo_Bar", "Foo", "42.3", "IFCINTEGER")
    ),
    "decimal point on an integer property": ids_xml(
        entity("IFCWALL"), prop("Foo_Bar", "Foo", "42.", "IFCINTEGER")
    ),
    "upper-case boolean property": ids_xml(
        entity("IFCWALL"), prop("Foo_Bar", "Foo", "TRUE", "IFCBOOLEAN")
    ),
    "pattern on a number": ids_xml(
        entity("IFCSURFACESTYLEREFRACTION"),
        "<attribute><name><simpleValue>RefractionIndex</simpleValue></name>"
        + restriction("value", '<xs:pattern value=".*"/>')
        + "</attribute>",
    ),
    "prohibited with requirements": ids_xml(
        entity("IFCWALL"), attribute("Name", "Waldo"), occurs='minOccurs="0" maxOccurs="0"'
    ),
    "predefined type on a class without one": ids_xml(
        entity("IFCELEMENTASSEMBLY"),
        '<partOf relation="IFCRELASSIGNSTOGROUP"><entity><name><simpleValue>IFCINVENTORY'
        "</simpleValue></name><predefinedType><simpleValue>BUNNY</simpleValue>"
        "</predefinedType></entity></partOf>",
    ),
}

VALID = {
    "matching class": ids_xml(entity("IFCWALL"), entity("IFCWALL")),
    "enumeration with the class": ids_xml(
        entity("IFCSLAB"),
        "<entity>"
        + restriction("name", '<xs:enumeration value="IFCWALL"/><xs:enumeration value="IFCSLAB"/>')
        + "</entity>",
    ),
    "type pattern on a type": ids_xml(
        entity("IFCWALLTYPE"),
        "<entity>" + restriction("name", '<xs:pattern value="IFC.*TYPE"/>') + "</entity>",
    ),
    "IFC2X3 air terminal through its type": ids_xml(
        entity("IFCAIRTERMINAL", "DIFFUSER"), attribute("Name"), versions="IFC2X3"
    ),
    "exponent on a real": ids_xml(
        entity("IFCSURFACESTYLEREFRACTION"), attribute("RefractionIndex", "1.2345E3")
    ),
    "typed enumeration on a real": ids_xml(
        entity("IFCSURFACESTYLEREFRACTION"),
        "<attribute><name><simpleValue>RefractionIndex</simpleValue></name>"
        + restriction(
            "value", '<xs:enumeration value="42"/><xs:enumeration value="43"/>', "xs:double"
        )
        + "</attribute>",
    ),
    "attribute name pattern": ids_xml(
        entity("IFCMATERIALLAYERSET"),
        "<attribute>" + restriction("name", '<xs:pattern value=".*Name.*"/>') + "</attribute>",
    ),
    "lower-case boolean": ids_xml(entity("IFCTASK"), attribute("IsMilestone", "false")),
    "number as label text": ids_xml(entity("IFCWALL"), prop("Foo_Bar", "Foo", "1", "IFCLABEL")),
    "enumerated property": ids_xml(
        entity("IFCDOOR"),
        prop("Foo_Bar", "PanelOperation", "SWINGING", "IFCDOORPANELOPERATIONENUM"),
    ),
    "predefined type on a type class in IFC2X3": ids_xml(
        entity("IFCWALLTYPE"), entity("IFCWALLTYPE", "USERDEFINED")
    ),
    "Chinese property set": ids_xml(entity("IFCPUMP"), prop("设备信息", "制造商"), versions="IFC4"),
}


@pytest.mark.parametrize("label", sorted(INVALID))
def test_invalid_ids_is_rejected_with_one_sentence(label: str) -> None:
    with pytest.raises(IdsInvalidError) as caught:
        load_ids_text(INVALID[label], "case.ids")
    message = caught.value.msg.render("en")
    assert (
        message.startswith("case.ids is not a valid IDS: in specification") and "\n" not in message
    )
    assert caught.value.msg.render("zh_CN") != message  # translated


@pytest.mark.parametrize("label", sorted(VALID))
def test_valid_ids_is_accepted(label: str) -> None:
    ids = load_ids_text(VALID[label], "case.ids")
    assert len(ids.specifications) == 1


def test_xsd_errors_name_the_place() -> None:
    broken = ids_xml(entity("IFCWALL")).replace("<info><title>Case</title></info>", "")
    with pytest.raises(IdsInvalidError) as caught:
        load_ids_text(broken, "broken.ids")
    assert "broken.ids" in caught.value.msg.render("en")
