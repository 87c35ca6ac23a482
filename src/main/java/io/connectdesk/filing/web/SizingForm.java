package io.connectdesk.filing.web;

import java.util.UUID;

import io.connectdesk.catalog.SizingInput;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketType;

/** The service-activation form: the sizing answers, and the ticket's title and description. */
public class SizingForm {

	private String title;

	private String description;

	private Integer developers = 1;

	private Integer widgets = 0;

	private Integer preProductionEnvironments = 1;

	private Integer microservices = 0;

	private Integer intermediaryRepositories = 0;

	private Integer vpnLinks = 0;

	private Integer peakRequestsPerSecond = 0;

	private String idempotencyKey = UUID.randomUUID().toString();

	SizingInput toSizing() {
		return new SizingInput(zero(this.developers), zero(this.widgets), zero(this.preProductionEnvironments),
				zero(this.microservices), zero(this.intermediaryRepositories), zero(this.vpnLinks),
				zero(this.peakRequestsPerSecond));
	}

	FileTicket toCommand() {
		return new FileTicket(TicketType.SERVICE_ACTIVATION, this.title, this.description, null, null, null, toSizing(),
				null, false);
	}

	private static int zero(Integer value) {
		return value == null ? 0 : value;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getDevelopers() {
		return this.developers;
	}

	public void setDevelopers(Integer developers) {
		this.developers = developers;
	}

	public Integer getWidgets() {
		return this.widgets;
	}

	public void setWidgets(Integer widgets) {
		this.widgets = widgets;
	}

	public Integer getPreProductionEnvironments() {
		return this.preProductionEnvironments;
	}

	public void setPreProductionEnvironments(Integer preProductionEnvironments) {
		this.preProductionEnvironments = preProductionEnvironments;
	}

	public Integer getMicroservices() {
		return this.microservices;
	}

	public void setMicroservices(Integer microservices) {
		this.microservices = microservices;
	}

	public Integer getIntermediaryRepositories() {
		return this.intermediaryRepositories;
	}

	public void setIntermediaryRepositories(Integer intermediaryRepositories) {
		this.intermediaryRepositories = intermediaryRepositories;
	}

	public Integer getVpnLinks() {
		return this.vpnLinks;
	}

	public void setVpnLinks(Integer vpnLinks) {
		this.vpnLinks = vpnLinks;
	}

	public Integer getPeakRequestsPerSecond() {
		return this.peakRequestsPerSecond;
	}

	public void setPeakRequestsPerSecond(Integer peakRequestsPerSecond) {
		this.peakRequestsPerSecond = peakRequestsPerSecond;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
