package io.connectdesk.ticket.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A deployed BPMN model as a customer may see it: the shapes, their positions and the flows between them, with
 * each element named by the label map of the bundles ({@code diagram.<process>.<element>}) and nothing else.
 * Documentation, engine attributes (expressions, delegates, topics), conditions and timer values are dropped,
 * and an element without a label loses its name: internal wording never reaches the browser.
 */
final class CustomerModel {

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";

	private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";

	private static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";

	/** BPMN elements that hold engine configuration or internal text, dropped with their content. */
	private static final Set<String> DROPPED = Set.of("documentation", "extensionElements", "conditionExpression",
			"timeDuration", "timeDate", "timeCycle", "script", "loopCardinality", "completionCondition", "dataInputAssociation",
			"dataOutputAssociation", "ioSpecification", "property");

	/** The attributes a diagram needs; every other one (camunda:*, expressions, calledElement...) is dropped. */
	private static final Set<String> KEPT_ATTRIBUTES = Set.of("id", "name", "sourceRef", "targetRef", "attachedToRef",
			"cancelActivity", "isInterrupting", "triggeredByEvent", "isForCompensation", "default", "isSequential",
			"bpmnElement", "isExpanded", "isMarkerVisible", "isHorizontal", "x", "y", "width", "height", "processRef",
			"isExecutable", "targetNamespace", "errorRef", "messageRef", "signalRef", "activityRef", "waitForCompletion",
			"eventGatewayType", "instantiate", "gatewayDirection");

	private CustomerModel() {
	}

	/**
	 * @param labels the label of an element from its id and its name in the model (empty when it has none);
	 *        {@code null} to show it without a name
	 * @return the model for the browser
	 */
	static String of(String modelXml, BinaryOperator<String> labels) {
		Document model = parse(modelXml);
		clean(model.getDocumentElement(), labels);
		return write(model);
	}

	private static void clean(Element element, BinaryOperator<String> labels) {
		List<Attr> attributes = new ArrayList<>();
		NamedNodeMap all = element.getAttributes();
		for (int i = 0; i < all.getLength(); i++) {
			attributes.add((Attr) all.item(i));
		}
		for (Attr attribute : attributes) {
			boolean namespaceDeclaration = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI());
			if (!namespaceDeclaration && (attribute.getNamespaceURI() != null || !KEPT_ATTRIBUTES.contains(attribute.getLocalName()))) {
				element.removeAttributeNode(attribute);
			}
		}
		if (BPMN.equals(element.getNamespaceURI()) && element.hasAttribute("id")) {
			String label = labels.apply(element.getAttribute("id"), element.getAttribute("name"));
			if (label == null) {
				element.removeAttribute("name");
			}
			else {
				element.setAttribute("name", label);
			}
		}
		List<Node> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			children.add(child);
		}
		for (Node child : children) {
			if (child instanceof Element nested) {
				if (kept(nested)) {
					clean(nested, labels);
				}
				else {
					element.removeChild(nested);
				}
			}
			else if (child.getNodeType() == Node.COMMENT_NODE) {
				element.removeChild(child);
			}
		}
	}

	private static boolean kept(Element element) {
		String namespace = element.getNamespaceURI();
		if (BPMN.equals(namespace)) {
			return !DROPPED.contains(element.getLocalName());
		}
		return DI.equals(namespace) || DC.equals(namespace) || DD_DI.equals(namespace);
	}

	private static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(new InputSource(new StringReader(xml)));
		}
		catch (ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException unreadable) {
			throw new IllegalStateException("The deployed model cannot be read", unreadable);
		}
	}

	private static String write(Document model) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(model), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException unwritable) {
			throw new IllegalStateException("The model cannot be written", unwritable);
		}
	}

}
