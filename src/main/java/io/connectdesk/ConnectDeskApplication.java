package io.connectdesk;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("connect-desk")
public class ConnectDeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConnectDeskApplication.class, args);
	}

}
